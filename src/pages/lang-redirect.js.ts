// /lang-redirect.js: see src/lib/boot-scripts.ts.
import type { APIRoute } from 'astro';
import { langRedirectScript } from '../lib/boot-scripts.ts';

export const GET: APIRoute = () => new Response(langRedirectScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
