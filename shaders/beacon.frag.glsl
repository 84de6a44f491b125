// The exit's beacon: a column of light rising from the exit, bands flowing upward, fading into the sky; the
// base ring glows brightest.
uniform float uTime;
uniform vec3 uColor;
varying vec3 vLocal;
varying vec3 vWorld;
varying vec3 vNormal;
varying vec3 vTint;

void main() {
  float h = max(vLocal.y, 0.0);
  float fade = exp(-h * 0.16);
  float bands = 0.55 + 0.45 * sin(h * 2.2 - uTime * 3.0);
  float edge = 1.0 - abs(dot(normalize(vNormal), normalize(cameraPosition - vWorld)));
  vec3 color = uColor * vTint * (0.5 + 0.8 * bands) * fade * (0.45 + 0.8 * edge);
  gl_FragColor = vec4(color, fade * (0.55 + 0.35 * bands));
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
}
