// Decor props: lit like the walls (the mood's sky, ground, key light and the warm lamp pool); lamps, screens,
// neon tubes, LEDs and windows glow in their own colour.
#include <fog_pars_fragment>
uniform vec3 uSky;
uniform vec3 uGround;
uniform vec3 uSun;
uniform vec3 uSunDir;
uniform vec3 uLamp;
uniform vec4 uLampAt;
varying vec3 vWorld;
varying vec3 vNormal;
varying vec3 vColor;
varying float vGlow;

void main() {
  vec3 n = normalize(vNormal);
  vec3 light = mix(uGround, uSky, n.y * 0.5 + 0.5) + uSun * max(dot(n, uSunDir), 0.0);
  vec3 toLamp = uLampAt.xyz - vWorld;
  float fall = max(0.0, 1.0 - length(toLamp) / uLampAt.w);
  light += uLamp * fall * fall * (0.55 + 0.45 * max(dot(n, normalize(toLamp)), 0.0));
  vec3 color = vColor * light + vColor * vGlow;
  gl_FragColor = vec4(color, 1.0);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
  #include <fog_fragment>
}
