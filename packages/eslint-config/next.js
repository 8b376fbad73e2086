// The Next.js web app: Next's own rules (React, hooks, a11y, Core Web Vitals) on top of the base.
import nextVitals from 'eslint-config-next/core-web-vitals';
import globals from 'globals';
import base from './base.js';

export default [...base, ...nextVitals, { languageOptions: { globals: { ...globals.browser } } }];
