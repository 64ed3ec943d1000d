import { readFileSync, readdirSync } from 'node:fs';
const dir = '/tmp/perf19-prof';
const f = readdirSync(dir).sort().filter(x=>x.endsWith('.001.cpuprofile')).at(-1);
const p = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
const self = new Map();
const dt = p.timeDeltas; const byId = new Map(p.nodes.map(n => [n.id, n]));
const counts = new Map();
for (const s of p.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
for (const [id, c] of counts) { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + c); }
const total = p.samples.length;
console.log([...self].sort((a,b)=>b[1]-a[1]).slice(0,25).map(([k,c])=>`${(100*c/total).toFixed(1)}% ${k}`).join('\n'));
