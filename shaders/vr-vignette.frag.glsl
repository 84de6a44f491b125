// The comfort vignette: dark at the edges of the view, the dark ring growing inwards as uClose rises (0 … 1).
uniform float uClose;
varying vec2 vUv;
void main() {
  float r = length(vUv) / 1.2;
  float edge = 1.0 - uClose;
  float a = smoothstep(edge - 0.15, edge + 0.05, r);
  gl_FragColor = vec4(0.0, 0.0, 0.0, a);
}
