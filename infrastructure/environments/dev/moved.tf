# The modules moved from this root into modules/stack (2026-12). These blocks let an environment applied before the
# move plan without replacing anything; once every environment has been applied with them, they can go.

moved {
  from = module.network
  to   = module.stack.module.network
}

moved {
  from = module.ecr
  to   = module.stack.module.ecr
}

moved {
  from = module.alb
  to   = module.stack.module.alb
}

moved {
  from = module.api_cdn
  to   = module.stack.module.api_cdn
}

moved {
  from = module.rds
  to   = module.stack.module.rds
}

moved {
  from = module.cognito
  to   = module.stack.module.cognito
}

moved {
  from = module.observability
  to   = module.stack.module.observability
}

moved {
  from = module.ecs
  to   = module.stack.module.ecs
}

moved {
  from = module.rates_fetch
  to   = module.stack.module.rates_fetch
}

moved {
  from = module.recurring_generate
  to   = module.stack.module.recurring_generate
}

moved {
  from = module.amplify
  to   = module.stack.module.amplify
}
