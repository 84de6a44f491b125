// The self-doubt boss: Leo's figure, towering and mirrored, torn into horizontal slices that jump sideways in
// bursts (the glitch), breathing slowly; when the cycle breaks it comes apart upwards.
attribute float glow;
uniform float uTime;
uniform float uGlitch;
uniform float uBreak;
varying vec3 vNormal;
varying vec3 vWorld;
varying vec3 vColor;
varying float vGlow;
varying float vBand;

float hash(float n) {
  return fract(sin(n) * 43758.5453);
}

void main() {
  vec3 p = position;
  // Slices of the body a few centimetres high jump sideways together, a few times a second.
  float band = floor(p.y * 14.0);
  float burst = step(0.82, hash(floor(uTime * 7.0) + band * 0.37));
  float shift = (hash(band + floor(uTime * 23.0)) - 0.5) * 0.22 * burst * uGlitch;
  p.x += shift;
  p.z += shift * 0.4;
  // A slow breath, and the body lifting apart as the cycle breaks.
  p *= 1.0 + 0.015 * sin(uTime * 1.3);
  p.y += uBreak * uBreak * (0.6 + hash(band) * 1.5);
  p.x += uBreak * (hash(band * 1.7) - 0.5) * 0.8;
  vec4 world = modelMatrix * vec4(p, 1.0);
  vWorld = world.xyz;
  vNormal = normalize(mat3(modelMatrix) * normal);
  vColor = color;
  vGlow = glow;
  vBand = band + burst * 100.0;
  gl_Position = projectionMatrix * viewMatrix * world;
}
