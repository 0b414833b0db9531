/** Where the stack under test listens and how to log in to it; shared by the config and the tests. */

/** In the 3900–3999 range kept for end-to-end tests, away from a developer's own server on 3000. */
export const port = 3901;
export const baseURL = `http://127.0.0.1:${port}`;
export const adminUsername = 'admin';
export const adminPassword = 'e2e-admin-password';
