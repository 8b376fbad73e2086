import type { MetadataRoute } from 'next';

/**
 * The web app manifest (served at /manifest.webmanifest, linked from every page by Next.js): what a phone or a
 * desktop browser needs to install SpendWise as an app that opens on the dashboard in its own window.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'SpendWise',
    short_name: 'SpendWise',
    description: 'Track your spending, set budgets and see where your money goes.',
    id: '/dashboard',
    start_url: '/dashboard',
    scope: '/',
    display: 'standalone',
    background_color: '#f6f7f9',
    theme_color: '#1d4ed8',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
}
