// The language chooser needs no client-side app: it is plain links (the redirect is in app.html).
export const csr = false;
