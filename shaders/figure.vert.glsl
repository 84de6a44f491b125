// A friend's figure: swings arms and legs about the shoulders and hips (walk, run, jump, skill), bobs the body.
// uLimbs: left arm, right arm, left leg, right leg (radians about x, forward negative); uBody: x bob, y lean.
#include <fog_pars_vertex>
attribute float part;
attribute float glow;
uniform vec4 uLimbs;
uniform vec2 uBody;
uniform vec2 uPivots;
varying vec3 vNormal;
varying vec3 vWorld;
varying vec3 vColor;
varying float vGlow;

vec3 swing(vec3 p, float a, float pivotY) {
  float c = cos(a);
  float s = sin(a);
  p.y -= pivotY;
  p = vec3(p.x, c * p.y - s * p.z, s * p.y + c * p.z);
  p.y += pivotY;
  return p;
}

void main() {
  vec3 p = position;
  vec3 n = normal;
  int k = int(part + 0.5);
  if (k >= 2) {
    float a = k == 2 ? uLimbs.x : k == 3 ? uLimbs.y : k == 4 ? uLimbs.z : uLimbs.w;
    float pivot = k <= 3 ? uPivots.x : uPivots.y;
    p = swing(p, a, pivot);
    n = swing(n, a, 0.0);
  }
  // Above the hips the body leans into the run and bobs with the stride.
  if (k != 4 && k != 5) {
    p = swing(p, uBody.y, uPivots.y);
    n = swing(n, uBody.y, 0.0);
  }
  p.y += uBody.x;
  vec4 world = modelMatrix * vec4(p, 1.0);
  vWorld = world.xyz;
  vNormal = normalize(mat3(modelMatrix) * n);
  vColor = color;
  vGlow = glow;
  vec4 mvPosition = viewMatrix * world;
  gl_Position = projectionMatrix * mvPosition;
  #include <fog_vertex>
}
