import { SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { describe, expect, it, vi } from 'vitest';
import { routeFlag } from './route-flag';

const FLAG = 'test:flag';
const Flag = (value: boolean) => SetMetadata(FLAG, value);

class Base {
  inherited(): void {}
}
@Flag(true)
class FlaggedController extends Base {
  plain(): void {}
  @Flag(false)
  optedBackIn(): void {}
}
class PlainController extends Base {
  plain(): void {}
  @Flag(true)
  flagged(): void {}
}

const contextOf = (controller: new () => object, handler: (...args: never[]) => unknown) =>
  new ExecutionContextHost([{}, {}], controller as never, handler);

describe('routeFlag', () => {
  it("answers as Reflector.getAllAndOverride does: the handler's value, else the controller's", () => {
    const flag = routeFlag(new Reflector(), FLAG);
    expect(flag(contextOf(FlaggedController, FlaggedController.prototype.plain))).toBe(true);
    expect(flag(contextOf(FlaggedController, FlaggedController.prototype.optedBackIn))).toBe(false);
    expect(flag(contextOf(PlainController, PlainController.prototype.plain))).toBe(false);
    expect(flag(contextOf(PlainController, PlainController.prototype.flagged))).toBe(true);
  });

  it('keeps an inherited handler apart per controller (one function, two routes)', () => {
    const flag = routeFlag(new Reflector(), FLAG);
    expect(flag(contextOf(FlaggedController, Base.prototype.inherited))).toBe(true);
    expect(flag(contextOf(PlainController, Base.prototype.inherited))).toBe(false);
    expect(flag(contextOf(FlaggedController, Base.prototype.inherited))).toBe(true);
  });

  it('reads the metadata once per route, not on every request', () => {
    const reflector = new Reflector();
    const read = vi.spyOn(reflector, 'getAllAndOverride');
    const flag = routeFlag(reflector, FLAG);
    for (let request = 0; request < 5; request += 1) {
      flag(contextOf(FlaggedController, FlaggedController.prototype.plain));
      flag(contextOf(PlainController, PlainController.prototype.plain));
    }
    expect(read).toHaveBeenCalledTimes(2);
  });
});
