// Walls that breathe like a memory: passes world position, normal, the painted colour and the surface (height
// above its floor, wall or floor) to the light.
#include <fog_pars_vertex>
attribute vec2 surface;
varying vec3 vWorld;
varying vec3 vNormal;
varying vec3 vColor;
varying vec2 vSurface;

void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vWorld = world.xyz;
  vNormal = normalize(mat3(modelMatrix) * normal);
  vColor = color;
  vSurface = surface;
  vec4 mvPosition = viewMatrix * world;
  gl_Position = projectionMatrix * mvPosition;
  #include <fog_vertex>
}
