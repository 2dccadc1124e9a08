import { weigh } from '/tmp/csvwork/scripts/bench/size.mjs';
const which = process.argv[2] ?? 'src/define.ts';
const s = await weigh(which);
console.log(which, s.min, s.gzip, JSON.stringify(s.lazy));
const top = Object.entries(s.inputs)
  .filter(([f]) => /invite-form|i18n|events|outcome/.test(f))
  .sort((a, b) => b[1] - a[1]);
for (const [f, b] of top) console.log(b, f);
