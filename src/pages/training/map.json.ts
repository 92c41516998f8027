import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content.ts';
import { trainingPoints } from '../../lib/map-data.ts';

export const GET: APIRoute = async () => Response.json(trainingPoints(await loadContent(), new Date()));
