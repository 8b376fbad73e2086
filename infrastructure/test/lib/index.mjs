// Helpers for tests that need the SpendWise infrastructure (offline Terraform, moto). See README.md here.
export {
  applyAgainstMoto,
  applyDevAgainstMoto,
  motoOverride,
  prepareMotoCopy,
  MOTO_ENDPOINT_SERVICES,
} from './moto-stack.mjs';
export { findMotoPython, motoAwsEnv, startMoto } from './moto.mjs';
export { mapLimit } from './map-limit.mjs';
export {
  AWS_PROVIDER,
  CACHE_DIR,
  copyInfrastructure,
  ENVIRONMENTS,
  findProviderMirror,
  INFRA_DIR,
  MODULES,
  ROOT_DIRS,
  terraform,
  terraformEnv,
  TERRAFORM_DIRS,
  toTfvars,
  writeCliConfig,
} from './terraform.mjs';
