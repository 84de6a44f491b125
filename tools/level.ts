// `npm run level -- <command> [args]`: the level designer's command line.
//   check [files…] [--json]     validate and prove every level beatable (default: levels/*.json)
//   map <file> [--out map.svg]  draw a level from above with the solver's route
//   play <file> [--record r.json]  let the bot play the level in the engine's physics (and save the run)
//   replay <run.json> [--level f]  play a saved run again and check it ends as recorded
//   schema                      write levels/level.schema.json from the zod schema
const commands: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  check: () => import('./level/check'),
  map: () => import('./level/map'),
  play: () => import('./level/play'),
  replay: () => import('./level/replay'),
  schema: () => import('./level/schema'),
};

const [commandName, ...args] = process.argv.slice(2);
export {};
// Output piped into `head` or `less` that closes early ends the command quietly, as other command-line tools do.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
const load = commandName ? commands[commandName] : undefined;
if (!load) {
  console.error(`usage: npm run level -- <${Object.keys(commands).join('|')}> [args]`);
  process.exit(2);
}
const command = await load();
process.exitCode = await command.run(args);
