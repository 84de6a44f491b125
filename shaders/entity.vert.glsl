// Instanced entities with an effect of their own: passes local and world position, normal and the instance's
// colour; with RIPPLE defined, waves run over the surface (the doubt hazard).
#include <fog_pars_vertex>
uniform float uTime;
varying vec3 vLocal;
varying vec3 vWorld;
varying vec3 vNormal;
varying vec3 vTint;

void main() {
  mat4 m = modelMatrix;
  #ifdef USE_INSTANCING
  m = m * instanceMatrix;
  #endif
  vec3 p = position;
  #ifdef RIPPLE
  // Waves of doubt running from the poles: the surface swells and shrinks as they pass.
  p += normal * 0.035 * sin(p.y * 9.0 - uTime * 5.0) * (0.6 + 0.4 * sin(atan(p.z, p.x) * 5.0 + uTime * 2.0));
  #endif
  vec4 world = m * vec4(p, 1.0);
  vLocal = p;
  vWorld = world.xyz;
  vNormal = normalize(mat3(m) * normal);
  vTint = vec3(1.0);
  #ifdef USE_INSTANCING_COLOR
  vTint = instanceColor;
  #endif
  vec4 mvPosition = viewMatrix * world;
  gl_Position = projectionMatrix * mvPosition;
  #include <fog_vertex>
}
