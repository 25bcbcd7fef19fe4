// store/ may include documents/ (certificates are rendered at issue).
#include "documents/CertificateRenderer.h"
