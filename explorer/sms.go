package explorer

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"time"

	smsapi "github.com/pocolabs/poco/sms/api"
)

// smsView knows whether the network's secret management service (ServerConfig.SMS)
// accepts development attestation, which every page then says in a banner: on such a
// network the secrets of TEE tasks are not protected by any TEE. The SMS's status is
// asked at most every smsRefresh, by one page at a time, for at most smsTimeout.
type smsView struct {
	url string

	mu      sync.Mutex
	checked time.Time
	notice  string
}

const (
	smsRefresh = 30 * time.Second
	smsTimeout = 2 * time.Second
)

func newSMSView(url string) *smsView {
	if url == "" {
		return nil
	}
	return &smsView{url: url}
}

// Notice is the banner to show ("" for none), from the last status read. One request
// at a time asks the SMS when the last answer is older than smsRefresh; the others show
// what was known meanwhile, without waiting.
func (v *smsView) Notice(ctx context.Context) string {
	if v == nil {
		return ""
	}
	v.mu.Lock()
	notice := v.notice
	due := time.Since(v.checked) >= smsRefresh
	if due {
		v.checked = time.Now() // this request asks; the others do not
	}
	v.mu.Unlock()
	if !due {
		return notice
	}
	ctx, cancel := context.WithTimeout(ctx, smsTimeout)
	defer cancel()
	st, err := smsapi.NewClient(v.url, &http.Client{Timeout: smsTimeout}).Status(ctx)
	switch {
	case err != nil:
		// An SMS that does not answer is not a reason to alarm every page: keep what
		// was known.
		return notice
	case st.InsecureDevAttestation:
		notice = fmt.Sprintf("Development network: the secret management service (%s) accepts development attestation, "+
			"which proves nothing. Datasets, secrets and results of TEE tasks here are not protected by any TEE.", v.url)
	default:
		notice = ""
	}
	v.mu.Lock()
	v.notice = notice
	v.mu.Unlock()
	return notice
}
