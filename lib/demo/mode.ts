/** Demo mode: the embedded database with seeded data, or BULWARK_DEMO=1 on a server seeded for demos. */
export const isDemoMode = () => !process.env.DATABASE_URL || process.env.BULWARK_DEMO === '1';

export const DEMO_PASSWORD = 'bulwark-demo';

export const demoStaff = [
  { email: 'moderator@bulwark.test', name: 'Lin Mo', role: 'moderator' },
  { email: 'moderator2@bulwark.test', name: 'Sam Reyes', role: 'moderator' },
  { email: 'supervisor@bulwark.test', name: 'Zhao Jing', role: 'supervisor' },
  { email: 'supervisor2@bulwark.test', name: 'Priya Nair', role: 'supervisor' },
  { email: 'admin@bulwark.test', name: 'Chen Admin', role: 'admin' },
] as const;
