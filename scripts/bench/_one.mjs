import { weigh } from './size.mjs';
const s = await weigh(`virtual:
    import { InvitationList } from './src/invitation-list/index.ts';
    import { clerkAdapter, registerAdapter } from './src/index.ts';
    registerAdapter('clerk', clerkAdapter);
    InvitationList.define();`);
console.log(s.min, s.gzip, JSON.stringify(s.lazy));
for (const [f, b] of Object.entries(s.inputs)
  .sort((a, b) => b[1] - a[1])
  .slice(0, 60))
  console.log(b, f);
