// The self-doubt boss: Leo's colours turned to their negative and darkened, scanlines crawling up the body, a hot
// rim that flickers with the glitch bursts; it fades as the cycle breaks.
uniform float uTime;
uniform float uGlitch;
uniform float uBreak;
uniform vec3 uRim;
varying vec3 vNormal;
varying vec3 vWorld;
varying vec3 vColor;
varying float vGlow;
varying float vBand;

void main() {
  vec3 n = normalize(vNormal);
  vec3 mirror = (vec3(1.0) - vColor) * 0.35;
  float rim = pow(1.0 - abs(dot(n, normalize(cameraPosition - vWorld))), 2.0);
  float scan = 0.6 + 0.4 * step(0.5, fract(vWorld.y * 3.0 - uTime * 0.8));
  // A burst band lights up in the rim colour.
  float burst = step(99.0, vBand) * uGlitch;
  vec3 color = mirror * scan + uRim * (rim * 1.4 + burst * 0.6 + vGlow * 0.8);
  float alpha = (0.92 - 0.25 * rim) * (1.0 - uBreak);
  gl_FragColor = vec4(color, alpha);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
}
