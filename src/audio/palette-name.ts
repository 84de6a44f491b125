// The moods a level can have (src/core's level format), as sound knows them.
import type { Level } from '../core/schema';

export type PaletteName = Level['mood']['palette'];
