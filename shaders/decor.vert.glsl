// Decor props, instanced: each instance's tint shows on the pieces that take it; some pieces glow.
#include <fog_pars_vertex>
attribute vec2 decor;
varying vec3 vWorld;
varying vec3 vNormal;
varying vec3 vColor;
varying float vGlow;

void main() {
  mat4 m = modelMatrix * instanceMatrix;
  vec4 world = m * vec4(position, 1.0);
  vWorld = world.xyz;
  vNormal = normalize(mat3(m) * normal);
  vec3 tint = vec3(1.0);
  #ifdef USE_INSTANCING_COLOR
  tint = instanceColor;
  #endif
  vColor = color * mix(vec3(1.0), tint, decor.y);
  vGlow = decor.x;
  vec4 mvPosition = viewMatrix * world;
  gl_Position = projectionMatrix * mvPosition;
  #include <fog_vertex>
}
