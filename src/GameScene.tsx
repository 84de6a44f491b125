// The whole 3D scene as one lazy chunk (three, R3F and the view): the title, menus and HUD show first, and a
// loading bar stands here while this chunk arrives. App loads it with React.lazy.
import type { ReactNode } from 'react';
import { CameraComfort } from './ui/CameraComfort';
import { GameView, type GameViewProps } from './view/GameView';
import { TitleCamera } from './view/TitleCamera';
import { WayTrail, type WayTrailProps } from './view/WayTrail';

export interface GameSceneProps extends Omit<GameViewProps, 'children'> {
  /** The title and the epilogue draw the level from a slow camera instead of a friend's eyes. */
  shot: 'orbit' | 'sunrise' | null;
  still: boolean;
  /** Show the way: the route to draw as a trail of light (null when the assist is off). */
  way?: WayTrailProps['way'];
  children?: ReactNode;
}

export default function GameScene({ shot, still, way = null, children, ...view }: GameSceneProps) {
  return (
    <GameView {...view}>
      {shot && <TitleCamera engine={view.engine} shot={shot} still={still} />}
      <CameraComfort />
      {way && !shot && <WayTrail engine={view.engine} way={way} />}
      {children}
    </GameView>
  );
}
