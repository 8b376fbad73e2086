import { type ExecutionContext } from '@nestjs/common';
import { type Reflector } from '@nestjs/core';

/** Whether a route carries a boolean decorator flag (set on its handler or its controller class). */
export type RouteFlag = (context: ExecutionContext) => boolean;

/**
 * Reads a flag once per route instead of on every request: a route's decorators are fixed when the app boots, so
 * the answer for a (controller, handler) pair never changes. Global guards ask on every request
 * (BENCHMARKS.md, "Guards without awaits"). Same answer as `reflector.getAllAndOverride(key, [handler, class])`:
 * the handler's value wins, else the class's; kept per class too, since a handler inherited by two controllers
 * is one function.
 */
export function routeFlag(reflector: Reflector, key: string): RouteFlag {
  const byClass = new WeakMap<object, WeakMap<object, boolean>>();
  return (context) => {
    const handler = context.getHandler();
    const controller = context.getClass();
    let byHandler = byClass.get(controller);
    if (!byHandler) byClass.set(controller, (byHandler = new WeakMap()));
    let flag = byHandler.get(handler);
    if (flag === undefined) {
      flag = Boolean(reflector.getAllAndOverride<unknown>(key, [handler, controller]));
      byHandler.set(handler, flag);
    }
    return flag;
  };
}
