// The dream sky: a gradient from horizon to zenith, slow drifting clouds of noise, stars that twinkle, and for
// the sunrise a low sun with its glow.
uniform vec3 uZenith;
uniform vec3 uHorizon;
uniform vec3 uCloud;
uniform float uStars;
uniform float uTime;
varying vec3 vDir;

float hash(vec2 p) {
  return fract(sin(dot(p, vec2(127.1, 311.7))) * 43758.5453);
}

float noise(vec2 p) {
  vec2 i = floor(p);
  vec2 f = fract(p);
  f = f * f * (3.0 - 2.0 * f);
  float a = hash(i);
  float b = hash(i + vec2(1.0, 0.0));
  float c = hash(i + vec2(0.0, 1.0));
  float d = hash(i + vec2(1.0, 1.0));
  return mix(mix(a, b, f.x), mix(c, d, f.x), f.y);
}

void main() {
  vec3 dir = normalize(vDir);
  float up = clamp(dir.y, -0.2, 1.0);
  // Below the horizon the sky melts into the horizon colour, so the void's fog meets it without a line.
  float t = pow(max(up, 0.0), 0.55);
  vec3 color = mix(uHorizon, uZenith, t);

  // Clouds: two octaves of noise on a dome, drifting slowly; thin near the zenith.
  vec2 dome = dir.xz / (0.35 + max(up, 0.0));
  float n = noise(dome * 2.2 + vec2(uTime * 0.012, uTime * 0.007));
  n += 0.5 * noise(dome * 5.1 - vec2(uTime * 0.02, -uTime * 0.011));
  float cloud = smoothstep(0.75, 1.35, n) * (1.0 - t * 0.7);
  color = mix(color, uCloud, cloud * 0.35);

  // Stars: one per cell of a fine grid on the dome, a few cells lit, twinkling.
#ifdef STARS
  if (up > 0.02) {
    vec2 g = dir.xz / (0.2 + up) * 70.0;
    vec2 cell = floor(g);
    float h = hash(cell);
    vec2 at = vec2(hash(cell + 7.1), hash(cell + 3.3)) * 0.6 + 0.2;
    float d = length(fract(g) - at);
    float lit = step(1.0 - 0.09 * uStars, h);
    float twinkle = 0.6 + 0.4 * sin(uTime * (1.0 + h * 3.0) + h * 40.0);
    color += vec3(1.0, 0.95, 0.85) * lit * twinkle * smoothstep(0.09, 0.0, d) * (1.0 - cloud) * smoothstep(0.02, 0.2, up);
  }
#endif

  // The sunrise: a sun low in the east with a wide warm glow.
#ifdef SUN_DISC
  {
    vec3 sunDir = normalize(vec3(0.0, 0.12, -1.0));
    float s = max(dot(dir, sunDir), 0.0);
    color += (vec3(1.0, 0.55, 0.25) * pow(s, 8.0) * 0.6 + vec3(1.0, 0.85, 0.6) * pow(s, 400.0) * 3.0);
  }
#endif

  gl_FragColor = vec4(color, 1.0);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
}
