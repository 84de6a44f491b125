// The words on neon signs and posters, always drawn as text (drei's Text, troika) in the game's own font from
// assets/ (never from a CDN). A lazy chunk: levels without labels never load it.
import { Text } from '@react-three/drei';
import fontUrl from '../../assets/fonts/atkinson-hyperlegible-latin-400-normal.woff?url';
import type { Placed } from './decor-place';
import type { Palette } from './palette';

export default function DecorLabels({ labels, palette }: { labels: Placed[]; palette: Palette }) {
  return (
    <group name="decor-labels">
      {labels.map((p, i) => {
        const neon = p.decor.kind === 'neon-sign';
        const tint = p.decor.tint ?? (neon ? palette.trim : '#1b1530');
        return (
          <Text
            key={i}
            font={fontUrl}
            position={p.labelAt}
            rotation={[0, p.labelYaw + Math.PI, 0]}
            fontSize={(neon ? 0.26 : 0.1) * p.decor.size}
            maxWidth={(neon ? 1.15 : 0.5) * p.decor.size}
            textAlign="center"
            anchorX="center"
            anchorY="middle"
            color={tint}
            outlineWidth={neon ? 0.012 : 0}
            outlineColor={neon ? '#ffffff' : tint}
            outlineOpacity={neon ? 0.35 : 0}
          >
            {p.decor.label}
          </Text>
        );
      })}
    </group>
  );
}
