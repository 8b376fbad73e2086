import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Each component test starts from an empty document.
afterEach(() => cleanup());

// waitFor/findBy give up after 1 s by default. CI runs every package's tests at once on two cores, where a render
// that takes 20 ms alone can take seconds; a passing check still returns the moment it holds.
configure({ asyncUtilTimeout: 10_000 });
