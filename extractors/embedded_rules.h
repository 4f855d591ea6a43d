// The JSON rule files of extractors/rules/, compiled into the binary.
#pragma once

#include "pipeline/core/embedded_file.h"
