// Mia's light bridge: bright edges and bands of light flowing across it.
uniform vec3 uColor;
uniform float uTime;
varying vec2 vUv;

void main() {
  float edge = smoothstep(0.35, 0.5, abs(vUv.x - 0.5));
  float band = 0.5 + 0.5 * sin(vUv.y * 18.0 - uTime * 6.0);
  float light = 0.45 + 0.35 * band + 0.6 * edge;
  gl_FragColor = vec4(uColor * light, 0.55 + 0.4 * edge);
}
