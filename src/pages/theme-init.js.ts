// /theme-init.js: see src/lib/boot-scripts.ts.
import type { APIRoute } from 'astro';
import { themeInitScript } from '../lib/boot-scripts.ts';

export const GET: APIRoute = () => new Response(themeInitScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
