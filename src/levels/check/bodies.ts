// A level that would build more physics than the game can hold is refused before anything is built.
import { MAX_STATIC_BOXES, staticBoxesPerFloor } from '../../core/budget';
import type { GridContext } from './context';

export function checkPhysicsBudget(ctx: GridContext): void {
  const perFloor = staticBoxesPerFloor(ctx.grid);
  const total = perFloor.reduce((a, b) => a + b, 0);
  if (total <= MAX_STATIC_BOXES) return;
  const worst = perFloor.indexOf(Math.max(...perFloor));
  ctx.report.error(
    { path: ['grid', 'floors', worst, 'rows'] },
    `the labyrinth would build ${total.toLocaleString('en')} physics boxes, more than the game can hold ` +
      `(${MAX_STATIC_BOXES.toLocaleString('en')}); floor ${worst} alone is ${perFloor[worst]!.toLocaleString('en')}`,
    'walls and floors that touch only at corners (a checkerboard) cannot be merged: join them into longer runs',
  );
}
