// Zod compiles fast parsers with `new Function` unless told not to; the game's Content Security Policy forbids eval,
// so the browser entry imports this first, before any schema parses.
import { z } from 'zod';

z.config({ jitless: true });
