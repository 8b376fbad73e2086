import config from '@spendwise/eslint-config/node';

export default [...config, { ignores: ['smoke/artifacts/**'] }];
