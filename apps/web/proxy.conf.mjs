// For `nx serve web` only: sends /api to a running API so pages and API look same-origin to the
// browser (cookies and the XSRF header rely on that). API_PROXY_TARGET picks another API port.
export default {
  '/api': {
    target: process.env.API_PROXY_TARGET ?? 'http://localhost:3000',
    secure: false,
    changeOrigin: false,
  },
};
