import { unknownEndpoint } from '@/lib/api/unserved';

// Every path under /api/ that no endpoint has: JSON, not the HTML 404 page.
export {
  unknownEndpoint as GET,
  unknownEndpoint as HEAD,
  unknownEndpoint as POST,
  unknownEndpoint as PUT,
  unknownEndpoint as PATCH,
  unknownEndpoint as DELETE,
  unknownEndpoint as OPTIONS,
};
