// The dream sky: a sphere around the camera; passes the view direction to the sky.
varying vec3 vDir;

void main() {
  vDir = normalize(position);
  vec4 clip = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
  // On the far plane, behind everything.
  gl_Position = clip.xyww;
}
