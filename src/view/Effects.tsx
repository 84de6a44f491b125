// The dream's post-processing: bloom for what glows, a vignette, at high a touch of chromatic aberration. Loaded
// lazily (its own chunk): the first frame never waits for it, and low quality or reduced motion never loads it.
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { Bloom, ChromaticAberration, EffectComposer, Vignette } from '@react-three/postprocessing';
import { setEffectsOn } from './effects-state';

/** Only what is brighter than this blooms: glows, beacons, hazards' rims, neon windows. */
const BLOOM_THRESHOLD = 0.62;
const BLOOM_INTENSITY = 0.9;
const ABERRATION = 0.0009;

export interface EffectsProps {
  /** High adds the chromatic aberration and a finer bloom. */
  high: boolean;
  /** Called once the composer is in place. */
  onReady?: () => void;
}

export default function Effects({ high, onReady }: EffectsProps) {
  const offset = useMemo(() => new THREE.Vector2(ABERRATION, ABERRATION), []);
  useEffect(() => {
    setEffectsOn(high ? ['bloom', 'vignette', 'chromatic-aberration'] : ['bloom', 'vignette']);
    onReady?.();
    return () => setEffectsOn([]);
  }, [high, onReady]);
  const bloom = (
    <Bloom
      key="bloom"
      // The mipmap blur is the finer glow and many more passes: high only.
      mipmapBlur={high}
      luminanceThreshold={BLOOM_THRESHOLD}
      luminanceSmoothing={0.2}
      intensity={BLOOM_INTENSITY}
      resolutionScale={high ? 0.5 : 0.25}
    />
  );
  const vignette = <Vignette key="vignette" eskil={false} offset={0.28} darkness={0.62} />;
  return high ? (
    <EffectComposer multisampling={0} enableNormalPass={false}>
      {[
        bloom,
        vignette,
        <ChromaticAberration key="aberration" offset={offset} radialModulation={false} modulationOffset={0} />,
      ]}
    </EffectComposer>
  ) : (
    <EffectComposer multisampling={0} enableNormalPass={false}>
      {[bloom, vignette]}
    </EffectComposer>
  );
}
