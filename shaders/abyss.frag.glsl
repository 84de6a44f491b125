// The void far below: slow drifting glow in the level's abyss colour, fading into the fog towards the horizon.
uniform vec3 uGlow;
uniform vec3 uFog;
uniform vec3 uCenter;
uniform float uTime;
uniform float uReach;
varying vec3 vWorld;

float wave(vec2 p) {
  return sin(p.x) * sin(p.y);
}

void main() {
  vec2 p = vWorld.xz * 0.08;
  float drift = wave(p + vec2(uTime * 0.13, uTime * 0.07)) + 0.5 * wave(p * 2.3 - vec2(uTime * 0.11, -uTime * 0.05));
  float glow = 0.55 + 0.3 * drift;
  // Brightest under the labyrinth, dying out far from it so the horizon melts into the fog.
  float fade = 1.0 - smoothstep(0.0, uReach, distance(vWorld.xz, uCenter.xz));
  vec3 color = mix(uFog, uGlow * glow, fade);
  gl_FragColor = vec4(color, 1.0);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
}
