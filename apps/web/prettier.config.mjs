// The repository's Prettier settings, plus one exception: next-env.d.ts is generated (and rewritten on every
// build) by Next.js in its own style, so Prettier leaves it alone unless it ever carries an @format pragma.
import root from '../../.prettierrc.json' with { type: 'json' };

const config = {
  ...root,
  overrides: [...(root.overrides ?? []), { files: 'next-env.d.ts', options: { requirePragma: true } }],
};

export default config;
