package storage

import (
	"context"
	"fmt"
	"net/url"
	"strings"
)

// OpenForms lists the storage locations Open accepts, for error messages
// and help texts.
const OpenForms = "ipfs+http://HOST:5001 (an IPFS node's RPC API; or ipfs+https://), " +
	"http://HOST:PORT (a Poco storage gateway; or https://), " +
	"or a local store folder (a path or file:///PATH)"

// Open returns the store named by location:
//
//	ipfs+http://HOST:PORT, ipfs+https://…  an IPFS node (kubo) through its RPC
//	                                       API ([Kubo]); user:password@ in the
//	                                       URL is sent as basic authentication
//	http://HOST:PORT, https://…            a Poco storage gateway ([HTTP])
//	/a/path, ./rel, file:///a/path         a local store folder ([Dir]),
//	                                       created if missing
//
// For an IPFS node, Open asks the node for its version, so a wrong address
// fails here with a clear error rather than at the first upload; ctx bounds
// that call. Other forms are opened without network access.
//
// Whatever the backend, objects are named by the same CIDs and results point
// to them as /ipfs/<cid> (see [Location]).
func Open(ctx context.Context, location string) (Store, error) {
	location = strings.TrimSpace(location)
	if location == "" {
		return nil, fmt.Errorf("storage: no storage location given: want %s", OpenForms)
	}
	if !strings.Contains(location, "://") {
		return Dir(location)
	}
	u, err := url.Parse(location)
	if err != nil {
		return nil, fmt.Errorf("storage: %q is not a valid URL (%v): want %s", location, err, OpenForms)
	}
	switch scheme := strings.ToLower(u.Scheme); scheme {
	case "file":
		if u.Host != "" && u.Host != "localhost" {
			return nil, fmt.Errorf("storage: %q: a file URL names a local folder: write file:///absolute/path (three slashes) or just the path", location)
		}
		if u.Path == "" {
			return nil, fmt.Errorf("storage: %q names no folder: want file:///absolute/path", location)
		}
		return Dir(u.Path)
	case "http", "https":
		if u.Host == "" {
			return nil, fmt.Errorf("storage: gateway URL %q has no host: want %s://HOST:PORT", location, scheme)
		}
		return HTTP(location, nil), nil
	case "ipfs+http", "ipfs+https":
		if u.Host == "" {
			return nil, fmt.Errorf("storage: IPFS node URL %q has no host: want %s://HOST:5001", location, scheme)
		}
		if u.RawQuery != "" || u.Fragment != "" {
			return nil, fmt.Errorf("storage: IPFS node URL %q: a query or fragment is not understood: want %s://HOST:5001", location, scheme)
		}
		u.Scheme = strings.TrimPrefix(scheme, "ipfs+")
		k := Kubo(u.String(), nil)
		if _, err := k.Version(ctx); err != nil {
			return nil, err // names the URL, without the credentials
		}
		return k, nil
	case "ipfs", "ipns":
		return nil, fmt.Errorf("storage: %q names content, not a store: for an IPFS node give its RPC API as ipfs+http://HOST:5001; accepted: %s", location, OpenForms)
	default:
		return nil, fmt.Errorf("storage: unknown storage location %q: want %s", location, OpenForms)
	}
}
