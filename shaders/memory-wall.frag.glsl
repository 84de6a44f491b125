// Walls that breathe like a memory: each mood's pattern (bedroom wallpaper and floorboards, the exam hall's
// two-tone paint and lino, the neon towers' lit windows, the lab's panels), lit by the mood's sky, ground and key
// light, a slow glow drifting over them (no seams), a warm pool of light where the memory is clearest, and Noah's
// diagnose pulse as a ring sweeping across every wall and floor it reaches.
#include <fog_pars_fragment>
uniform vec3 uSky;
uniform vec3 uGround;
uniform vec3 uSun;
uniform vec3 uSunDir;
uniform vec3 uBreath;
uniform vec3 uAccent;
uniform vec3 uLamp;
uniform vec4 uLampAt;
uniform vec4 uPulse;
uniform vec3 uPulseColor;
uniform float uTime;
varying vec3 vWorld;
varying vec3 vNormal;
varying vec3 vColor;
varying vec2 vSurface;

float hash2(vec2 p) {
  return fract(sin(dot(p, vec2(127.1, 311.7))) * 43758.5453);
}

float hash(vec3 p) {
  return fract(sin(dot(p, vec3(17.1, 113.7, 71.3))) * 43758.5453);
}

float noise(vec3 p) {
  vec3 i = floor(p);
  vec3 f = fract(p);
  f = f * f * (3.0 - 2.0 * f);
  return mix(
    mix(mix(hash(i), hash(i + vec3(1, 0, 0)), f.x), mix(hash(i + vec3(0, 1, 0)), hash(i + vec3(1, 1, 0)), f.x), f.y),
    mix(mix(hash(i + vec3(0, 0, 1)), hash(i + vec3(1, 0, 1)), f.x), mix(hash(i + vec3(0, 1, 1)), hash(i + vec3(1, 1, 1)), f.x), f.y),
    f.z);
}

void main() {
  // Every face is flat and its normal unit length at each corner: the interpolated normal needs no normalize.
  vec3 n = vNormal;
  float rise = vSurface.x;
  bool wallSide = vSurface.y > 0.5 && abs(n.y) < 0.5;
  bool floorTop = vSurface.y < 0.5 && n.y > 0.5;
  // Along a wall face: world z on faces looking east or west, world x on the others.
  float along = abs(n.x) > 0.5 ? vWorld.z : vWorld.x;
  vec3 albedo = vColor;
  vec3 glow = vec3(0.0);

  if (wallSide) {
#if PATTERN == 0
    {
      // A child's wallpaper: soft stripes, little printed stars, a dark skirting board.
      albedo *= 0.92 + 0.08 * smoothstep(0.4, 0.6, abs(fract(along * 1.5) - 0.5) * 2.0);
      vec2 g = vec2(along * 2.5, rise * 2.5);
      float star = step(0.72, hash2(floor(g))) * smoothstep(0.08, 0.03, length(fract(g) - 0.5));
      albedo = mix(albedo, uAccent, star * 0.3);
      if (rise < 0.2) albedo = vColor * 0.5;
    }
#elif PATTERN == 1
    {
      // An exam hall: institutional two-tone paint with a dark rail at desk height.
      if (rise < 1.1) albedo *= vec3(0.6, 0.7, 0.74);
      albedo *= 1.0 - 0.55 * smoothstep(0.035, 0.0, abs(rise - 1.1));
    }
#elif PATTERN == 2
    {
      // Neon towers: rows of windows, a few lit in cyan or magenta.
      vec2 g = vec2(along / 0.5, rise / 0.62);
      vec2 c = floor(g);
      vec2 f = fract(g);
      float win = step(0.28, f.x) * step(f.x, 0.72) * step(0.3, f.y) * step(f.y, 0.7);
      float lit = step(0.8, hash2(c));
      albedo *= 0.8 + 0.2 * win;
      glow += win * lit * mix(uAccent, uBreath, step(0.5, hash2(c + 3.1))) * 0.45;
    }
#elif PATTERN == 3
    {
      // A lab: steel panels with dark joints every metre, a glowing line at the foot.
      float joint = smoothstep(0.03, 0.0, abs(fract(rise + 0.5) - 0.5)) + smoothstep(0.03, 0.0, abs(fract(along * 0.5) - 0.5));
      albedo *= 1.0 - 0.35 * min(joint, 1.0);
      glow += uAccent * smoothstep(0.05, 0.0, abs(rise - 0.12)) * 0.7;
    }
#elif PATTERN == 4
    {
      // The cycle: veins of light that pulse.
      float vein = smoothstep(0.06, 0.0, abs(noise(vec3(along * 0.9, rise * 0.9, 0.0)) - 0.5));
      glow += uAccent * vein * (0.35 + 0.3 * sin(uTime * 2.0));
    }
#endif
  } else if (floorTop) {
#if PATTERN == 0
    {
      // Floorboards, each a slightly different wood.
      float plank = floor(vWorld.z / 0.32);
      float shift = hash2(vec2(plank, 1.0)) * 3.0;
      float board = floor(vWorld.x / 1.6 + shift);
      albedo *= 0.85 + 0.25 * hash2(vec2(plank, board));
      albedo *= 1.0 - 0.45 * smoothstep(0.03, 0.0, abs(fract(vWorld.z / 0.32) - 0.5) - 0.47);
    }
#elif PATTERN == 1
    {
      // Lino tiles.
      vec2 t = floor(vWorld.xz / 1.0);
      albedo *= 0.94 + 0.1 * mod(t.x + t.y, 2.0);
    }
#elif PATTERN == 2
    {
      // A rooftop grid glowing faintly.
      vec2 d = abs(fract(vWorld.xz / 2.0) - 0.5);
      glow += uAccent * smoothstep(0.47, 0.5, max(d.x, d.y)) * 0.35;
    }
#elif PATTERN == 3
    {
      // Grated floor tiles.
      vec2 d = abs(fract(vWorld.xz / 1.0) - 0.5);
      albedo *= 1.0 - 0.4 * smoothstep(0.44, 0.48, max(d.x, d.y));
    }
#endif
  }

  vec3 light = mix(uGround, uSky, n.y * 0.5 + 0.5) + uSun * max(dot(n, uSunDir), 0.0);
  // The lamp: a soft warm pool, brightest on what faces it.
  vec3 toLamp = uLampAt.xyz - vWorld;
  float lampDistance = length(toLamp);
  float lampFall = max(0.0, 1.0 - lampDistance / uLampAt.w);
  light += uLamp * lampFall * lampFall * (0.55 + 0.45 * max(dot(n, toLamp) / max(lampDistance, 1e-4), 0.0));
  vec3 color = albedo * light + glow;

  // The breath: a slow swell of the mood's glow, rising up the walls, never the same twice.
  // Sines, not noise: the fill rate of a software renderer is the frame's cost.
  vec3 w = vWorld * 0.35;
  float b = 0.5 + 0.25 * (sin(w.x * 1.7 + uTime * 0.21) * sin(w.z * 1.3 - uTime * 0.17) + sin(w.y * 2.1 - uTime * 0.6 + w.x));
  float swell = 0.5 + 0.5 * sin(uTime * 0.6 + b * 6.2831);
  color += uBreath * (b * swell * 0.14) * (1.0 - abs(n.y) * 0.6);

  // Noah's pulse: a bright ring at the pulse's radius, with a faint wash inside it.
  if (uPulse.w > 0.0) {
    float d = distance(vWorld, uPulse.xyz);
    float ring = smoothstep(0.9, 0.0, abs(d - uPulse.w));
    float inside = step(d, uPulse.w) * 0.12;
    color += uPulseColor * (ring * 1.6 + inside);
  }

  gl_FragColor = vec4(color, 1.0);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
  #include <fog_fragment>
}
