import { Logger } from '@nestjs/common';

// Unit tests assert behaviour, not log output; keep the console for test results.
Logger.overrideLogger(false);
