// A doubt hazard: a dark red core and a hot rim, rings of danger rippling outward, pulsing. Reads as danger on a
// night sky and on a white one: the core is dark, the rim and rings bright. Frozen by Noah it turns still blue.
#include <fog_pars_fragment>
uniform float uTime;
varying vec3 vLocal;
varying vec3 vWorld;
varying vec3 vNormal;
varying vec3 vTint;

void main() {
  vec3 view = normalize(cameraPosition - vWorld);
  float rim = pow(1.0 - abs(dot(normalize(vNormal), view)), 2.0);
  // Rings running out from the hazard's heart along its surface, sharp and bright between dark bands.
  float rings = smoothstep(0.2, 0.8, sin(length(vLocal) * 2.0 + vLocal.y * 16.0 - uTime * 7.0));
  float beat = 0.7 + 0.3 * sin(uTime * 7.0);
  vec3 core = vTint * 0.08;
  vec3 hot = mix(vTint, vec3(1.0, 0.92, 0.6), 0.3);
  vec3 color = core + hot * (rim * 1.8 + rings * 0.75 * (1.0 - rim)) * beat;
  gl_FragColor = vec4(color, 1.0);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
  #include <fog_fragment>
}
