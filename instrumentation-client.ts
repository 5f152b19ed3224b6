import { z } from 'zod';

// Runs in the browser before the console's own modules. zod compiles object parsers with
// `new Function` when it can, and finds out by trying once as the first schema is built: under our
// Content-Security-Policy (no 'unsafe-eval') that try is refused, caught, and still reported as a
// policy violation on every page. Browsers validate small forms only; the interpreter is plenty.
z.config({ jitless: true });
