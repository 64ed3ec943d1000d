import { z } from 'zod';

// Zod 4 probes for `new Function` to compile fast parsers; under our CSP (no 'unsafe-eval') the
// probe fails safely but is reported as a violation. Jitless mode skips the probe altogether.
z.config({ jitless: true });
