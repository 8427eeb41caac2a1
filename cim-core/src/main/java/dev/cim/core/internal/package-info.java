/** Implementation details of cim-core. Not API: may change in any release. */
package dev.cim.core.internal;
