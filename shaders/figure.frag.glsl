// A friend's figure: lit by the mood's sky and ground and its key light, with a rim of the mood's light so the
// silhouette stands out against a dark sky; the visor, bracelets, tablet and implants glow.
#include <fog_pars_fragment>
uniform vec3 uSky;
uniform vec3 uGround;
uniform vec3 uSun;
uniform vec3 uSunDir;
uniform vec3 uRim;
varying vec3 vNormal;
varying vec3 vWorld;
varying vec3 vColor;
varying float vGlow;

void main() {
  vec3 n = normalize(vNormal);
  vec3 light = mix(uGround, uSky, n.y * 0.5 + 0.5) + uSun * max(dot(n, uSunDir), 0.0);
  float rim = pow(1.0 - max(dot(n, normalize(cameraPosition - vWorld)), 0.0), 3.0);
  vec3 color = vColor * light + vColor * vGlow + uRim * rim * 0.6;
  gl_FragColor = vec4(color, 1.0);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
  #include <fog_fragment>
}
