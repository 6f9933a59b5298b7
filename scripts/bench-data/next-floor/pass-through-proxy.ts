// Copied to proxy.ts for the "floor + proxy" variant: a proxy that does nothing but let the request
// through, to show what running any proxy costs per request.
import { NextResponse } from 'next/server';

export default function proxy() {
  return NextResponse.next();
}
