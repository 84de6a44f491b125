export { seeded } from '../src/core/random';
