// A cracked wall: dark stone split by glowing cracks (cell edges of a jittered grid) that flicker; when Leo is
// the active friend a crosshair target glows on it, bright when he aims at it. Instance colour: r crack glow,
// g aimed at, b Leo is here.
#include <fog_pars_fragment>
uniform vec3 uStone;
uniform vec3 uCrack;
uniform float uTime;
varying vec3 vLocal;
varying vec3 vWorld;
varying vec3 vNormal;
varying vec3 vTint;

float hash2(vec2 p) {
  return fract(sin(dot(p, vec2(127.1, 311.7))) * 43758.5453);
}

/** Distance to the nearest crack: the edge between the two nearest jittered points (a cheap Voronoi). */
float crack(vec2 p) {
  vec2 i = floor(p);
  vec2 f = fract(p);
  float d1 = 8.0;
  float d2 = 8.0;
  for (int y = -1; y <= 1; y++)
    for (int x = -1; x <= 1; x++) {
      vec2 o = vec2(float(x), float(y));
      // Jittered inside the middle of each cell, so no two points nearly meet (they would smear a crack).
      vec2 r = o + 0.2 + 0.6 * vec2(hash2(i + o), hash2((i + o) * 1.37 + 17.3)) - f;
      float d = dot(r, r);
      if (d < d1) {
        d2 = d1;
        d1 = d;
      } else if (d < d2) d2 = d;
    }
  return sqrt(d2) - sqrt(d1);
}

void main() {
  vec3 n = normalize(vNormal);
  // The face's own 2D coordinates.
  vec2 face = abs(n.x) > 0.5 ? vLocal.zy : abs(n.z) > 0.5 ? vLocal.xy : vLocal.xz;
  float c = crack(face * 1.6 + 3.0);
  float line = smoothstep(0.06, 0.0, c);
  float flicker = 0.75 + 0.25 * sin(uTime * 3.0 + vWorld.x * 2.0 + vWorld.z);
  vec3 light = vec3(0.35 + 0.35 * (n.y * 0.5 + 0.5));
  vec3 color = uStone * light * (1.0 - line * 0.6) + uCrack * line * flicker * (1.2 + vTint.g) * vTint.r;

  // Leo's prompt: a crosshair ring and cross on each side face.
  if (vTint.b > 0.5 && abs(n.y) < 0.5) {
    vec2 q = face - vec2(0.0, 0.15);
    float r = length(q);
    float ring = smoothstep(0.035, 0.0, abs(r - 0.42));
    float cross = smoothstep(0.03, 0.0, min(abs(q.x), abs(q.y))) * step(0.5, r) * step(r, 0.75);
    float pulse = 0.6 + 0.4 * sin(uTime * 5.0);
    color += vec3(0.5, 1.0, 0.62) * (ring + cross) * (0.45 + vTint.g * 1.2) * pulse;
  }

  gl_FragColor = vec4(color, 1.0);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
  #include <fog_fragment>
}
